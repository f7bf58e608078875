package com.salesmachine.loadtest.testusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestUsersFileTest {
    @TempDir
    Path dir;

    @Test
    void generate_namesAccountsAfterTheSeedStrategy_withDistinctPasswords() {
        var users = TestUsersFile.generate(12, new Random(3));
        assertEquals(12, users.size());
        assertEquals("loadtest-user-1@test.sales-machine.com", users.get(0).email());
        assertEquals("loadtest-user-12@test.sales-machine.com", users.get(11).email());
        assertEquals(12, new HashSet<>(users.stream().map(TestUser::password).toList()).size());
        assertTrue(users.get(0).password().length() >= 20);
    }

    @Test
    void generate_refusesCountsOutsideTenToTwenty() {
        assertThrows(IllegalArgumentException.class, () -> TestUsersFile.generate(9, new Random()));
        assertThrows(IllegalArgumentException.class, () -> TestUsersFile.generate(21, new Random()));
    }

    @Test
    void writeThenRead_returnsTheSameAccounts() throws Exception {
        var users = TestUsersFile.generate(10, new Random(1));
        Path file = dir.resolve("users.json");
        TestUsersFile.write(file, users);
        assertEquals(users, TestUsersFile.read(file));
    }

    @Test
    void readOrCreate_createsTheFileWhenAbsent_andKeepsItAfterwards() throws Exception {
        Path file = dir.resolve("sub/test-users.json");
        var first = TestUsersFile.readOrCreate(file);
        assertEquals(TestUsersFile.DEFAULT_COUNT, first.size());
        assertEquals(first, TestUsersFile.readOrCreate(file));
    }

    @Test
    void read_explainsAMissingFile() {
        var e = assertThrows(TestUsersFileException.class, () -> TestUsersFile.read(dir.resolve("nope.json")));
        assertTrue(e.getMessage().contains("does not exist; create it with ./mvnw"), e.getMessage());
    }

    @Test
    void read_explainsMalformedJson_withItsPosition_andNoPasswords() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "[{\"email\": \"a@b.co\", \"password\": \"hunter2\"},\n oops]");
        var e = assertThrows(TestUsersFileException.class, () -> TestUsersFile.read(file));
        assertTrue(e.getMessage().contains("is not valid JSON at line 2"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"));
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void read_rejectsWrongShapes() throws Exception {
        assertRejected("{\"email\": \"a@b.co\"}", "holds no accounts");
        assertRejected("[]", "holds no accounts");
        assertRejected("[{\"email\": \"not-an-email\", \"password\": \"x\"}]", "entry 1 has no valid \"email\"");
        assertRejected("[{\"email\": \"a@b.co\"}]", "entry 1 (a@b.co) has no \"password\"");
        assertRejected(
                "[{\"email\": \"a@b.co\", \"password\": \"x\"}, {\"email\": \"A@b.co\", \"password\": \"y\"}]",
                "lists A@b.co twice");
    }

    @Test
    void testUser_toStringNeverShowsThePassword() {
        assertNotEquals(-1, new TestUser("a@b.co", "s3cret").toString().indexOf("***"));
        assertFalse(new TestUser("a@b.co", "s3cret").toString().contains("s3cret"));
    }

    private void assertRejected(String content, String expected) throws Exception {
        Path file = dir.resolve("f.json");
        Files.writeString(file, content);
        var e = assertThrows(TestUsersFileException.class, () -> TestUsersFile.read(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
