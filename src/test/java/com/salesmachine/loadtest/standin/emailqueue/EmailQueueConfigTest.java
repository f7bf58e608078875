package com.salesmachine.loadtest.standin.emailqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmailQueueConfigTest {
    @Test
    void from_givesTheDefaults_whenNothingIsSet() {
        assertEquals(new EmailQueueConfig(200, 0, 0, Optional.empty()), read(Map.of()));
    }

    @Test
    void from_readsEverySetting_fractionsAsDecimalsOrPercentages() {
        var config = read(Map.of(
                "standin.emailDrainRate", "5.5",
                "standin.emailDropFraction", "1%",
                "standin.emailFailFraction", "0.25",
                "standin.redisToken", "t0ken"));

        assertEquals(new EmailQueueConfig(5.5, 0.01, 0.25, Optional.of("t0ken")), config);
        assertEquals(0.01, read(Map.of("standin.emailDropFraction", "0.01")).dropFraction());
    }

    @Test
    void from_rejectsBadValues_inOneLineNamingTheSetting() {
        assertBad(
                "standin.emailDrainRate",
                "0",
                "standin.emailDrainRate: '0' is out of range; use emails per second above 0 and up to 1000000, e.g. 200 or 5.5");
        assertBad(
                "standin.emailDrainRate",
                "fast",
                "standin.emailDrainRate: 'fast' is not a number of emails per second; use e.g. 200 or 5.5");
        assertBad(
                "standin.emailDropFraction",
                "150%",
                "standin.emailDropFraction: '150%' is not a fraction from 0 to 1; use e.g. 0.01 or 1%");
        assertBad(
                "standin.emailFailFraction",
                "some",
                "standin.emailFailFraction: 'some' is not a fraction from 0 to 1; use e.g. 0.01 or 1%");
        assertBad(
                "standin.redisToken",
                "two words",
                "standin.redisToken: is blank or has spaces; give the token clients must send, or leave it unset");
    }

    @Test
    void toString_masksTheToken() {
        String text = EmailQueueConfig.defaults().withRedisToken("s3cret-token").toString();

        assertFalse(text.contains("s3cret-token"), text);
        assertEquals("drainRate=200/s, dropFraction=0, failFraction=0, redisToken=***", text);
    }

    private static EmailQueueConfig read(Map<String, String> properties) {
        return EmailQueueConfig.from(new SettingSource(properties, Map.of()));
    }

    private static void assertBad(String setting, String value, String message) {
        var e = assertThrows(SettingException.class, () -> read(Map.of(setting, value)));
        assertEquals(message, e.getMessage());
    }
}
