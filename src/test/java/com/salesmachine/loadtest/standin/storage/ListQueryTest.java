package com.salesmachine.loadtest.standin.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.salesmachine.loadtest.standin.prospects.ProspectStatus;
import com.salesmachine.loadtest.standin.validation.ValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListQueryTest {
    @Test
    void parse_usesTheDefaults_whenNothingIsGiven() {
        var query = parse(null, null, null, null);

        assertEquals(new ListQuery<ProspectStatus>(1, 20, null, null), query);
    }

    @Test
    void parse_readsPageSizeStatusAndTag() {
        var query = parse("3", "100", "replied", "run:lt-1");

        assertEquals(new ListQuery<>(3, 100, ProspectStatus.REPLIED, "run:lt-1"), query);
    }

    @Test
    void parse_treatsEmptyParametersAsAbsent() {
        var query = parse("", "", "", "");

        assertNull(query.status());
        assertNull(query.tag());
    }

    @Test
    void parse_reportsEveryBadParameter() {
        var e = assertThrows(ValidationException.class, () -> parse("0", "101", "won", null));

        assertEquals(
                Map.of(
                        "page", "must be a whole number from 1",
                        "pageSize", "must be a whole number from 1 to 100",
                        "status", "must be one of new, contacted, replied, qualified, disqualified"),
                e.fieldErrors());
    }

    @Test
    void parse_rejectsAPageThatIsNotANumber() {
        var e = assertThrows(ValidationException.class, () -> parse("two", null, null, null));

        assertEquals(Map.of("page", "must be a whole number from 1"), e.fieldErrors());
    }

    private static ListQuery<ProspectStatus> parse(String page, String pageSize, String status, String tag) {
        return ListQuery.parse(page, pageSize, status, tag, ProspectStatus::fromWire, ProspectStatus.names());
    }
}
