package nl.werving.process.identity;

import java.util.List;
import nl.werving.security.DemoAccount;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;

/**
 * Outside demo mode, refuses to start while any account in the database still has a published demo password,
 * e.g. because the database was first used in demo mode. Compares hashes directly: a failed
 * {@link IdentityService#checkPassword} would count as a failed login and lock the real user out.
 */
final class PublishedPasswords {

    private PublishedPasswords() {
    }

    static void refuseIfInUse(ProcessEngine engine) {
        PasswordManager passwords =
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getPasswordManager();
        List<String> offenders = DemoAccount.ALL.stream()
                .filter(account -> hasPassword(engine.getIdentityService(), passwords, account.userId(), account.password()))
                .map(DemoAccount::userId)
                .toList();
        if (!offenders.isEmpty()) {
            throw new ProcessEngineException("Werving refuses to start: the account(s) " + offenders
                    + " still have their published demo password. Change or delete them (Camunda Admin, or demo mode), "
                    + "then start again.");
        }
    }

    private static boolean hasPassword(IdentityService identity, PasswordManager passwords, String userId,
            String plainPassword) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user instanceof UserEntity entity && entity.getPassword() != null
                && passwords.check(EncryptionUtil.saltPassword(plainPassword, entity.getSalt()), entity.getPassword());
    }
}
