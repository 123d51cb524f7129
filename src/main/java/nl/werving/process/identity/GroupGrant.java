package nl.werving.process.identity;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** One authorization a group holds: permissions on a resource (or on all of its kind, {@code *}). */
record GroupGrant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {
}
