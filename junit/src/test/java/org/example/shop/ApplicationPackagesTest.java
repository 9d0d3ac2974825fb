package org.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.junit.AnalyzedDataSource;
import dev.leanjdbc.junit.LeanJdbcExtension;
import dev.leanjdbc.junit.LeanJdbcTest;
import dev.leanjdbc.junit.RecordedDataSource;
import javax.sql.DataSource;
import org.example.unlisted.UnlistedDao;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The test class's package is an application package: call sites name its code before other frames. */
@LeanJdbcTest
class ApplicationPackagesTest {

    @AnalyzedDataSource
    static DataSource dataSource() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:application-packages;DB_CLOSE_DELAY=-1");
        return h2;
    }

    @Test
    void aStatementRunThroughAnUnknownLibraryIsReportedAtTheTestsLine(RecordedDataSource ds) throws Exception {
        UnlistedDao.one(ds); // TEST-LINE
        assertThat(LeanJdbcExtension.analyzer().applicationPackages()).contains("org.example.shop.");
        CallSite site = ds.report().events().get(0).callSite();
        assertThat(site.className()).as("%s", site).isEqualTo(ApplicationPackagesTest.class.getName());
        assertThat(site.methodName()).isEqualTo("aStatementRunThroughAnUnknownLibraryIsReportedAtTheTestsLine");
    }
}
