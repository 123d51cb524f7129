package nl.werving.security;

import java.util.List;

/**
 * The accounts demo mode creates, with their published passwords. Published passwords are never accepted
 * outside demo mode (see {@link AdminPasswordGuard}).
 */
public record DemoAccount(String userId, String firstName, String lastName, String group, String password) {

    /** The administrator account; created through Camunda's admin-user set-up rather than by Werving. */
    public static final DemoAccount ADMIN =
            new DemoAccount("admin", "Werving", "Administrator", WervingGroups.ADMINS, "admin-demo");

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("hr", "Hanna", "de Boer (HR)", WervingGroups.HR, "hr-demo"),
            new DemoAccount("recruiter", "Rik", "Jansen (Recruiter)", WervingGroups.RECRUITERS, "recruiter-demo"),
            new DemoAccount("manager", "Mira", "Bakker (Hiring manager)", WervingGroups.HIRING_MANAGERS, "manager-demo"),
            new DemoAccount("lead", "Lotte", "de Wit (Team lead)", WervingGroups.TEAM_LEADS, "lead-demo"),
            new DemoAccount("auditor", "Aad", "Visser (Auditor)", WervingGroups.AUDITORS, "auditor-demo"),
            new DemoAccount("dpo", "Dewi", "Kramer (Data protection officer)", WervingGroups.DPO, "dpo-demo"),
            ADMIN);

    /** The demo account's made-up address, on a reserved domain that no mail server delivers to. */
    public String email() {
        return userId + "@demo.werving.invalid";
    }

    @Override
    public String toString() {
        return "DemoAccount[" + userId + "]";
    }
}
