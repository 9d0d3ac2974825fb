package dev.leanjdbc.analyzer.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionFlagsTest {

    @Test
    void remembersEachConnectionsFlagAndForgetsOnNull() throws SQLException {
        ConnectionFlags flags = new ConnectionFlags();
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                connections.add(DriverManager.getConnection("jdbc:h2:mem:flags" + i));
            }
            for (int i = 0; i < connections.size(); i++) {
                flags.put(connections.get(i), i % 3 == 0);
            }
            int known = 0;
            for (int i = 0; i < connections.size(); i++) {
                Boolean flag = flags.get(connections.get(i));
                if (flag != null) {
                    known++;
                    assertThat(flag).as("connection %d", i).isEqualTo(i % 3 == 0);
                }
            }
            // Direct-mapped with two probes: 20 connections in 512 slots almost never collide three ways.
            assertThat(known).isGreaterThanOrEqualTo(19);

            Connection first = connections.get(0);
            assertThat(flags.get(first)).isTrue(); // also the "last looked up" entry now
            flags.put(first, null);
            assertThat(flags.get(first)).isNull();
            flags.put(first, false);
            assertThat(flags.get(first)).isFalse();
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }
}
