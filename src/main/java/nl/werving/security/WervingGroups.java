package nl.werving.security;

import java.util.List;

/** The Camunda identity groups Werving's roles are built on. */
public final class WervingGroups {

    public static final String HR = "hr";
    public static final String RECRUITERS = "recruiters";
    public static final String HIRING_MANAGERS = "hiring-managers";
    public static final String AUDITORS = "auditors";
    /** Recruitment team leads: overdue reviews are escalated to them. */
    public static final String TEAM_LEADS = "team-leads";
    /**
     * The data protection officer: handles data-subject requests and legal holds, and is escalated to when such
     * a request nears its deadline.
     */
    public static final String DPO = "dpo";
    /** Camunda's own administrators' group (full rights in the engine and its webapps). */
    public static final String ADMINS = "camunda-admin";

    /** Prefix of the Spring Security authority a group membership becomes, e.g. {@code GROUP_hr}. */
    public static final String AUTHORITY_PREFIX = "GROUP_";

    /** The groups Werving creates itself; {@link #ADMINS} is created by the engine's admin-user set-up. */
    public static final List<String> WERVING_GROUPS = List.of(HR, RECRUITERS, HIRING_MANAGERS, TEAM_LEADS, AUDITORS,
            DPO);

    private WervingGroups() {
    }
}
