package nl.werving.process.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.List;
import nl.werving.security.WervingGroups;

/**
 * What each Werving group may do in the engine and its webapps. Access to individual tasks is not listed:
 * the engine grants it to a task's candidate groups. Everything not listed is denied.
 */
final class GroupAuthorizations {

    private static final String TASKLIST = "tasklist";
    private static final String COCKPIT = "cockpit";

    static final List<GroupGrant> GRANTS = List.of(
            // Recruiters, hiring managers and team leads work their tasks in Tasklist.
            new GroupGrant(WervingGroups.RECRUITERS, APPLICATION, TASKLIST, List.of(ACCESS)),
            new GroupGrant(WervingGroups.RECRUITERS, PROCESS_DEFINITION, ANY, List.of(READ)),
            new GroupGrant(WervingGroups.RECRUITERS, FILTER, ANY, List.of(READ)),
            new GroupGrant(WervingGroups.HIRING_MANAGERS, APPLICATION, TASKLIST, List.of(ACCESS)),
            new GroupGrant(WervingGroups.HIRING_MANAGERS, PROCESS_DEFINITION, ANY, List.of(READ)),
            new GroupGrant(WervingGroups.HIRING_MANAGERS, FILTER, ANY, List.of(READ)),
            new GroupGrant(WervingGroups.TEAM_LEADS, APPLICATION, TASKLIST, List.of(ACCESS)),
            new GroupGrant(WervingGroups.TEAM_LEADS, PROCESS_DEFINITION, ANY, List.of(READ)),
            new GroupGrant(WervingGroups.TEAM_LEADS, FILTER, ANY, List.of(READ)),
            // HR designs and deploys the pipeline (from Camunda Modeler, through the REST API).
            new GroupGrant(WervingGroups.HR, APPLICATION, TASKLIST, List.of(ACCESS)),
            new GroupGrant(WervingGroups.HR, APPLICATION, COCKPIT, List.of(ACCESS)),
            new GroupGrant(WervingGroups.HR, DEPLOYMENT, ANY, List.of(CREATE, READ)),
            new GroupGrant(WervingGroups.HR, PROCESS_DEFINITION, ANY, List.of(READ)),
            new GroupGrant(WervingGroups.HR, DECISION_DEFINITION, ANY, List.of(READ)),
            new GroupGrant(WervingGroups.HR, DECISION_REQUIREMENTS_DEFINITION, ANY, List.of(READ)),
            new GroupGrant(WervingGroups.HR, FILTER, ANY, List.of(READ)),
            // Auditors read everything that happened, and change nothing.
            new GroupGrant(WervingGroups.AUDITORS, APPLICATION, COCKPIT, List.of(ACCESS)),
            new GroupGrant(WervingGroups.AUDITORS, PROCESS_DEFINITION, ANY, List.of(READ, READ_INSTANCE, READ_HISTORY)),
            new GroupGrant(WervingGroups.AUDITORS, PROCESS_INSTANCE, ANY, List.of(READ)),
            new GroupGrant(WervingGroups.AUDITORS, DEPLOYMENT, ANY, List.of(READ)),
            new GroupGrant(WervingGroups.AUDITORS, DECISION_DEFINITION, ANY, List.of(READ, READ_HISTORY)),
            new GroupGrant(WervingGroups.AUDITORS, DECISION_REQUIREMENTS_DEFINITION, ANY, List.of(READ)),
            // The data protection officer works data-subject requests in Tasklist and reads history in Cockpit.
            new GroupGrant(WervingGroups.DPO, APPLICATION, TASKLIST, List.of(ACCESS)),
            new GroupGrant(WervingGroups.DPO, APPLICATION, COCKPIT, List.of(ACCESS)),
            new GroupGrant(WervingGroups.DPO, PROCESS_DEFINITION, ANY, List.of(READ, READ_INSTANCE, READ_HISTORY)),
            new GroupGrant(WervingGroups.DPO, PROCESS_INSTANCE, ANY, List.of(READ)),
            new GroupGrant(WervingGroups.DPO, DECISION_DEFINITION, ANY, List.of(READ, READ_HISTORY)),
            new GroupGrant(WervingGroups.DPO, FILTER, ANY, List.of(READ)));

    private GroupAuthorizations() {
    }
}
