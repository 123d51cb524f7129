package nl.werving.process.identity;

import nl.werving.security.DemoAccount;
import nl.werving.security.WervingGroups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs as soon as the engine is built, before any request is served: creates Werving's groups and their
 * authorizations when missing and, in demo mode, the demo users. Idempotent; it adds what is missing and
 * never removes what an administrator granted. Outside demo mode it refuses to start while an account still
 * has a published demo password.
 */
@Component
class IdentitySetupPlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(IdentitySetupPlugin.class);

    private final boolean demoEnabled;
    private final String adminUserId;
    private final String adminPassword;

    IdentitySetupPlugin(@Value("${werving.demo.enabled:false}") boolean demoEnabled,
            @Value("${camunda.bpm.admin-user.id:admin}") String adminUserId,
            @Value("${camunda.bpm.admin-user.password:}") String adminPassword) {
        this.demoEnabled = demoEnabled;
        this.adminUserId = adminUserId;
        this.adminPassword = adminPassword;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        WervingGroups.WERVING_GROUPS.forEach(groupId -> ensureGroup(identity, groupId));
        GroupAuthorizations.GRANTS.forEach(grant -> ensureGrant(engine.getAuthorizationService(), grant));
        if (demoEnabled) {
            DemoAccount.ALL.stream()
                    .filter(account -> account != DemoAccount.ADMIN)
                    .forEach(account -> ensureDemoUser(identity, account));
            log.warn(demoBanner());
        } else {
            PublishedPasswords.refuseIfInUse(engine);
        }
    }

    private static void ensureGroup(IdentityService identity, String groupId) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identity.newGroup(groupId);
            group.setName(groupId);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private static void ensureGrant(AuthorizationService authorizations, GroupGrant grant) {
        Authorization authorization = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(grant.groupId())
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(grant.groupId());
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
        } else if (grant.permissions().stream().allMatch(authorization::isPermissionGranted)) {
            return;
        }
        grant.permissions().forEach(authorization::addPermission);
        authorizations.saveAuthorization(authorization);
    }

    private static void ensureDemoUser(IdentityService identity, DemoAccount account) {
        User existing = identity.createUserQuery().userId(account.userId()).singleResult();
        if (existing == null) {
            User user = identity.newUser(account.userId());
            user.setFirstName(account.firstName());
            user.setLastName(account.lastName());
            user.setEmail(account.email());
            user.setPassword(account.password());
            identity.saveUser(user);
        } else if (existing.getEmail() == null || existing.getEmail().isBlank()) {
            existing.setEmail(account.email());
            identity.saveUser(existing);
        }
        if (identity.createUserQuery().userId(account.userId()).memberOfGroup(account.group()).count() == 0) {
            identity.createMembership(account.userId(), account.group());
        }
    }

    private String demoBanner() {
        StringBuilder banner = new StringBuilder("""

                ==================================================================
                 WERVING IS RUNNING IN DEMO MODE: embedded H2 database, demo users.
                 Never use this mode for real applicants. Production: profile 'postgres'.
                 Demo logins (user / password / group):
                """);
        DemoAccount.ALL.forEach(account -> {
            boolean admin = account == DemoAccount.ADMIN;
            banner.append(String.format("   %-10s / %-15s / %s%n",
                    admin ? adminUserId : account.userId(),
                    admin && !account.password().equals(adminPassword) ? "(WERVING_ADMIN_PASSWORD)" : account.password(),
                    account.group()));
        });
        return banner.append("==================================================================").toString();
    }
}
