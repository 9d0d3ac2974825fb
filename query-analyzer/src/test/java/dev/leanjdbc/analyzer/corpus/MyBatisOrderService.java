package dev.leanjdbc.analyzer.corpus;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/** An application service written with MyBatis mappers (annotations, no XML). */
final class MyBatisOrderService {

    /** The mapper of the sample shop's orders and customers. */
    interface ShopMapper {
        @Select("select customer_id from orders order by id limit #{limit}")
        List<Long> customerIdsOfOrders(@Param("limit") int limit);

        @Select("select email from customer where id = #{id}")
        String email(@Param("id") long id);

        @Update("update orders set notes = #{notes} where id = #{id}")
        int touch(@Param("notes") String notes, @Param("id") long id);
    }

    private final SqlSessionFactory factory;

    MyBatisOrderService(DataSource ds) {
        Configuration cfg = new Configuration(new Environment("test", new JdbcTransactionFactory(), ds));
        cfg.addMapper(ShopMapper.class);
        cfg.setLocalCacheScope(org.apache.ibatis.session.LocalCacheScope.STATEMENT);
        this.factory = new SqlSessionFactoryBuilder().build(cfg);
    }

    List<String> emailsPerOrder() {
        try (SqlSession session = factory.openSession()) {
            ShopMapper m = session.getMapper(ShopMapper.class);
            List<String> out = new ArrayList<>();
            for (long id : m.customerIdsOfOrders(30)) {
                out.add(m.email(id));
            }
            return out;
        }
    }

    void touchOrdersOneByOne(int n) {
        try (SqlSession session = factory.openSession()) {
            ShopMapper m = session.getMapper(ShopMapper.class);
            for (long id = 1; id <= n; id++) {
                m.touch("mybatis", id);
            }
            session.commit();
        }
    }

    void touchOrdersBatched(int n) {
        try (SqlSession session = factory.openSession(ExecutorType.BATCH)) {
            ShopMapper m = session.getMapper(ShopMapper.class);
            for (long id = 1; id <= n; id++) {
                m.touch("mybatis", id);
            }
            session.commit();
        }
    }
}
