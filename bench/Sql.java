import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs one SQL statement: java -cp <driver> bench/Sql.java <url> <user> <password> <sql> */
public class Sql {
    public static void main(String[] args) throws Exception {
        boolean shutdown = args[3].strip().toLowerCase().startsWith("shutdown");
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2]); Statement s = c.createStatement()) {
            if (shutdown) {
                s.execute(args[3]);  // H2 closes the database (and this connection) when the statement is done
                System.out.println("done");
            } else {
                System.out.println("rows: " + s.executeUpdate(args[3]));
            }
        } catch (SQLException e) {
            if (!shutdown || e.getErrorCode() != 90121) {  // 90121: "database is already closed", after a SHUTDOWN
                throw e;
            }
        }
    }
}
