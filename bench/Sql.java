import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Runs one SQL statement: java -cp <driver> bench/Sql.java <url> <user> <password> <sql> */
public class Sql {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2]); Statement s = c.createStatement()) {
            System.out.println("rows: " + s.executeUpdate(args[3]));
        }
    }
}
