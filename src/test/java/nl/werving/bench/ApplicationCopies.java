package nl.werving.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Makes many applications quickly for the scale figures: copies, in SQL, every row that belongs to a set of real
 * applications Werving made (its own tables and the engine's runtime and history rows of their processes), giving
 * each copy new ids, a new reference and new engine ids, consistently across tables. A copy is indistinguishable
 * from the application it was made from except for its ids: the same stage, variables, tasks, timers, history and
 * CV. Intake through the API is measured on its own; this only fills the database, at a few thousand applications
 * a second instead of a few dozen.
 * <p>
 * Which values are ids: in Werving's tables the primary keys and single-column unique keys; in the engine's tables
 * the id columns ({@code ID_}, {@code *_ID_}) except those naming shared things (definitions, deployments,
 * activities, users, groups, tenants, decision rules). Such a value is renamed wherever it appears in a copied row,
 * in any text or uuid column, variables included.
 */
final class ApplicationCopies {

    /** Engine tables with the condition that picks the seed's rows, in an order that keeps foreign keys valid. */
    private static final Map<String, String> ENGINE_TABLES = new LinkedHashMap<>();

    static {
        String roots = "root_proc_inst_id_ in (select id_ from bench_seed_proc)";
        String instances = "proc_inst_id_ in (select id_ from bench_seed_pi)";
        ENGINE_TABLES.put("act_ge_bytearray", roots + " or id_ in (select bytearray_id_ from act_ru_variable where "
                + instances + ")");
        // Child executions leave root_proc_inst_id_ empty.
        ENGINE_TABLES.put("act_ru_execution", instances);
        ENGINE_TABLES.put("act_ru_task", instances);
        ENGINE_TABLES.put("act_ru_variable", instances);
        ENGINE_TABLES.put("act_ru_identitylink", "task_id_ in (select id_ from act_ru_task where " + instances + ")");
        ENGINE_TABLES.put("act_ru_authorization", "resource_id_ in (select id_ from act_ru_task where " + instances
                + ") or resource_id_ in (select id_ from bench_seed_pi)");
        ENGINE_TABLES.put("act_ru_job", "process_instance_id_ in (select id_ from bench_seed_pi)");
        ENGINE_TABLES.put("act_ru_event_subscr", instances);
        ENGINE_TABLES.put("act_ru_incident", instances);
        ENGINE_TABLES.put("act_ru_ext_task", instances);
        for (String history : List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst",
                "act_hi_detail", "act_hi_identitylink", "act_hi_op_log", "act_hi_job_log", "act_hi_incident",
                "act_hi_decinst", "act_hi_dec_in", "act_hi_dec_out", "act_hi_ext_task_log", "act_hi_comment",
                "act_hi_attachment")) {
            ENGINE_TABLES.put(history, roots);
        }
    }

    /**
     * Engine id columns that name shared things, never renamed: definitions, deployments, activities (BPMN element
     * ids), users, groups, tenants, decision clauses and rules, batches.
     */
    private static final Pattern SHARED_ENGINE_ID = Pattern.compile(
            ".*(def_|deployment|act_id_|activity_id_|user_id_|group_id_|tenant_|clause_|rule_|batch_).*");

    private ApplicationCopies() {
    }

    /**
     * Adds {@code copies} copies of each application whose reference the query selects, in one transaction.
     *
     * @return the references of the copies
     */
    static List<String> copy(Connection sql, String seedReferences, int copies) throws SQLException {
        boolean autoCommit = sql.getAutoCommit();
        int isolation = sql.getTransactionIsolation();
        sql.setAutoCommit(false);
        // One snapshot for every statement: the rows of a seed must not change between two tables.
        sql.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        String salt = UUID.randomUUID().toString();
        try (Statement statement = sql.createStatement()) {
            for (String temporary : List.of("bench_seed_ref", "bench_seed_app", "bench_seed_proc", "bench_seed_pi",
                    "bench_owned", "bench_new_ref")) {
                statement.execute("drop table if exists " + temporary);
            }
            statement.execute("create temporary table bench_seed_ref as select reference from (" + seedReferences
                    + ") s");
            statement.execute("create temporary table bench_seed_app as select id, applicant_id from application"
                    + " where reference in (select reference from bench_seed_ref)");
            statement.execute("create temporary table bench_seed_proc as select id_ from act_hi_procinst"
                    + " where business_key_ in (select reference from bench_seed_ref) and root_proc_inst_id_ = id_");
            statement.execute("create temporary table bench_seed_pi as select id_ from act_hi_procinst"
                    + " where root_proc_inst_id_ in (select id_ from bench_seed_proc)");
            statement.execute("create temporary table bench_owned (v text primary key, ref boolean not null)");
            statement.execute("insert into bench_owned select reference, true from bench_seed_ref");

            Map<String, String> wervingTables = wervingTables(sql);
            for (Map.Entry<String, String> table : wervingTables.entrySet()) {
                for (String column : keyColumns(sql, table.getKey())) {
                    own(statement, table.getKey(), column, table.getValue());
                }
            }
            for (Map.Entry<String, String> table : ENGINE_TABLES.entrySet()) {
                for (Column column : columns(sql, table.getKey())) {
                    if (column.isText() && (column.name().equals("id_") || column.name().endsWith("_id_"))
                            && !SHARED_ENGINE_ID.matcher(column.name()).matches()) {
                        own(statement, table.getKey(), column.name(), table.getValue());
                    }
                }
            }
            statement.execute("analyze bench_owned");

            for (Map.Entry<String, String> table : wervingTables.entrySet()) {
                insertCopies(sql, statement, table.getKey(), table.getValue(), copies, salt);
            }
            for (Map.Entry<String, String> table : ENGINE_TABLES.entrySet()) {
                insertCopies(sql, statement, table.getKey(), table.getValue(), copies, salt);
            }
            List<String> references = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select upper(substr(md5(r.reference || '" + salt
                    + "' || g.k), 1, 24)) from bench_seed_ref r cross join generate_series(1, " + copies + ") g(k)")) {
                while (rows.next()) {
                    references.add(rows.getString(1));
                }
            }
            sql.commit();
            return references;
        } catch (SQLException | RuntimeException e) {
            sql.rollback();
            throw e;
        } finally {
            sql.setAutoCommit(autoCommit);
            sql.setTransactionIsolation(isolation);
        }
    }

    /**
     * Werving's tables that hold rows of an application, with the condition picking the seed's rows, parents
     * before children: application and applicant, every table with an {@code application_id}, used candidate links,
     * and every table with a foreign key to one of those.
     */
    private static Map<String, String> wervingTables(Connection sql) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("applicant", "id in (select applicant_id from bench_seed_app)");
        tables.put("application", "id in (select id from bench_seed_app)");
        for (String table : strings(sql, "select table_name from information_schema.columns where table_schema ="
                + " current_schema() and column_name = 'application_id' and table_name <> 'application'"
                + " and table_name not like 'act\\_%' order by table_name")) {
            tables.put(table, "application_id in (select id from bench_seed_app)");
        }
        if (!strings(sql, "select table_name from information_schema.tables where table_schema = current_schema()"
                + " and table_name = 'candidate_link_use'").isEmpty()) {
            tables.put("candidate_link_use", "application_reference in (select reference from bench_seed_ref)");
        }
        boolean added = true;
        while (added) {
            added = false;
            for (List<String> reference : rows(sql, """
                    select child.table_name, child.column_name, parent.table_name, parent.column_name
                    from information_schema.referential_constraints rc
                    join information_schema.key_column_usage child on child.constraint_name = rc.constraint_name
                      and child.constraint_schema = rc.constraint_schema
                    join information_schema.key_column_usage parent on parent.constraint_name = rc.unique_constraint_name
                      and parent.constraint_schema = rc.unique_constraint_schema
                      and parent.ordinal_position = child.position_in_unique_constraint
                    where rc.constraint_schema = current_schema() and child.table_name not like 'act\\_%'
                    order by child.table_name""")) {
                String child = reference.get(0);
                String parent = reference.get(2);
                if (!tables.containsKey(child) && tables.containsKey(parent)) {
                    tables.put(child, reference.get(1) + " in (select " + reference.get(3) + " from " + parent
                            + " where " + tables.get(parent) + ")");
                    added = true;
                }
            }
        }
        return tables;
    }

    /** The primary key and single-column unique keys of one of Werving's tables. */
    private static List<String> keyColumns(Connection sql, String table) throws SQLException {
        return strings(sql, """
                select min(k.column_name) from information_schema.table_constraints c
                join information_schema.key_column_usage k on k.constraint_name = c.constraint_name
                  and k.constraint_schema = c.constraint_schema
                where c.table_schema = current_schema() and c.table_name = '%s'
                  and c.constraint_type in ('PRIMARY KEY', 'UNIQUE')
                group by c.constraint_name having count(*) = 1""".formatted(table));
    }

    private static void own(Statement statement, String table, String column, String condition) throws SQLException {
        statement.execute("insert into bench_owned select distinct " + column + "::text, false from " + table
                + " where (" + condition + ") and " + column + " is not null on conflict do nothing");
    }

    private static void insertCopies(Connection sql, Statement statement, String table, String condition, int copies,
            String salt) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Column column : columns(sql, table)) {
            names.add(column.name());
            values.add(column.isText() || column.isUuid() ? renamed(column, salt) : "s." + column.name());
        }
        try {
            statement.execute("insert into " + table + " (" + String.join(", ", names) + ") select "
                    + String.join(", ", values) + " from (select * from " + table + " where " + condition + ") s"
                    + " cross join generate_series(1, " + copies + ") g(k)");
        } catch (SQLException e) {
            throw new SQLException("Copying " + table + ": " + e.getMessage(), e.getSQLState(), e);
        }
    }

    /** The copy's value of a column: an owned id renamed for copy k, anything else as it is. */
    private static String renamed(Column column, String salt) {
        String hash = "md5(o.v || '" + salt + "' || g.k)";
        String value = column.isUuid() ? "(" + hash + ")::uuid"
                : "case when o.ref then upper(substr(" + hash + ", 1, 24)) else left((" + hash + ")::uuid::text, "
                        + column.length() + ") end";
        return "coalesce((select " + value + " from bench_owned o where o.v = s." + column.name() + "::text), s."
                + column.name() + ")";
    }

    private record Column(String name, String type, int length) {

        boolean isText() {
            return type.equals("character varying") || type.equals("text") || type.equals("character");
        }

        boolean isUuid() {
            return type.equals("uuid");
        }
    }

    private static List<Column> columns(Connection sql, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        for (List<String> row : rows(sql, "select column_name, data_type, coalesce(character_maximum_length, 36)"
                + " from information_schema.columns where table_schema = current_schema() and table_name = '"
                + table + "' order by ordinal_position")) {
            columns.add(new Column(row.get(0).toLowerCase(Locale.ROOT), row.get(1),
                    Math.min(36, Integer.parseInt(row.get(2)))));
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("No table " + table);
        }
        return columns;
    }

    private static List<String> strings(Connection sql, String query) throws SQLException {
        return rows(sql, query).stream().map(row -> row.get(0)).toList();
    }

    private static List<List<String>> rows(Connection sql, String query) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = sql.createStatement(); ResultSet result = statement.executeQuery(query)) {
            int width = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= width; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
