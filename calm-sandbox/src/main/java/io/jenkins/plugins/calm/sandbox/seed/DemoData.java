package io.jenkins.plugins.calm.sandbox.seed;

import io.jenkins.plugins.calm.sandbox.features.FeatureChanges;
import io.jenkins.plugins.calm.sandbox.features.FeatureField;
import io.jenkins.plugins.calm.sandbox.features.FeatureService;
import io.jenkins.plugins.calm.sandbox.features.FeatureStatus;
import io.jenkins.plugins.calm.sandbox.features.Priority;
import io.jenkins.plugins.calm.sandbox.projects.Project;
import io.jenkins.plugins.calm.sandbox.projects.ProjectStore;
import io.jenkins.plugins.calm.sandbox.projects.Task;
import io.jenkins.plugins.calm.sandbox.projects.TaskComment;
import io.jenkins.plugins.calm.sandbox.projects.TaskStore;
import io.jenkins.plugins.calm.sandbox.transports.TmsNode;
import io.jenkins.plugins.calm.sandbox.transports.Transport;
import io.jenkins.plugins.calm.sandbox.transports.TransportStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The demo tenant. IDs are derived from names, so they are the same on every start and can be
 * written into scripts and docs (e.g. project "S/4HANA Order-to-Cash Rollout").
 */
public final class DemoData {
  /** The CTMS landscape behind the pass-through, in every seed. */
  public static final List<TmsNode> LANDSCAPE = List.of(
      new TmsNode(1, "DEV", "Development (sandbox)", true, "QAS"),
      new TmsNode(2, "QAS", "Quality assurance (sandbox)", true, "PRD"),
      new TmsNode(3, "PRD", "Production (sandbox)", false, null));

  public static final UUID ORDER_TO_CASH = id("project/order-to-cash");
  public static final UUID EXTENSIONS = id("project/btp-extensions");

  private DemoData() {}

  public static UUID id(String name) {
    return UUID.nameUUIDFromBytes(("calm-sandbox/" + name).getBytes(StandardCharsets.UTF_8));
  }

  public static void load(ProjectStore projects, FeatureService features, TaskStore tasks, TransportStore transports,
      Clock clock) {
    projects.add(new Project(ORDER_TO_CASH, "S/4HANA Order-to-Cash Rollout", "O"));
    projects.add(new Project(EXTENSIONS, "BTP Extension Apps", "O"));

    UUID creditCheck = feature(features, 1, ORDER_TO_CASH, "Add credit check to sales order",
        FeatureStatus.IN_IMPLEMENTATION, Priority.HIGH, "jane.doe@example.com");
    feature(features, 2, ORDER_TO_CASH, "Harmonise invoice layout", FeatureStatus.IN_TESTING, Priority.MEDIUM,
        "jane.doe@example.com");
    feature(features, 3, ORDER_TO_CASH, "Customer master data clean-up", FeatureStatus.IN_SPECIFICATION, Priority.LOW,
        "sam.lee@example.com");
    feature(features, 4, ORDER_TO_CASH, "Archive closed orders", FeatureStatus.NOT_PLANNED, Priority.LOW, null);
    feature(features, 5, ORDER_TO_CASH, "Delivery note by e-mail", FeatureStatus.SUCCESSFULLY_TESTED, Priority.MEDIUM,
        "sam.lee@example.com");
    feature(features, 6, ORDER_TO_CASH, "Rebate pricing condition", FeatureStatus.READY_FOR_PRODUCTION,
        Priority.VERY_HIGH, "jane.doe@example.com");
    feature(features, 7, ORDER_TO_CASH, "Tax code update 2026", FeatureStatus.DEPLOYED, Priority.HIGH,
        "jane.doe@example.com");
    feature(features, 8, EXTENSIONS, "Fiori app: approve purchase requisitions", FeatureStatus.IN_IMPLEMENTATION,
        Priority.HIGH, "alex.kim@example.com");
    feature(features, 9, EXTENSIONS, "Supplier portal extension", FeatureStatus.IN_SPECIFICATION, Priority.MEDIUM,
        "alex.kim@example.com");

    Instant now = clock.instant();
    Task story = tasks.add(new Task(id("task/credit-limit"), ORDER_TO_CASH, "As a clerk I see the customer's credit limit",
        "CALMUS", "CIPUSINP", "<p>Show the credit limit on the sales order screen.</p>", now, now));
    tasks.add(new Task(id("task/invoice-tax"), ORDER_TO_CASH, "Invoice PDF shows tax lines", "CALMUS", "CIPUSOPEN",
        null, now, now));
    tasks.add(new Task(id("task/mobile-approval"), EXTENSIONS, "Approve requisitions on mobile", "CALMUS", "CIPUSINP",
        null, now, now));
    tasks.addComment(new TaskComment(id("comment/1"), story.id(), "Specification reviewed with the credit team.",
        "jane.doe@example.com", now));

    transports.put(new Transport("S4HK900123", "Credit check: sales order exit", "ABAP", "RELEASED", "S4H",
        creditCheck, now, now));
    transports.put(new Transport("S4HK900124", "Credit check: customizing", "ABAP", "RELEASED", "S4H", null, now, now));
  }

  private static UUID feature(FeatureService features, int number, UUID project, String title, FeatureStatus status,
      Priority priority, String responsible) {
    UUID uuid = id("feature/" + number);
    features.seed(uuid, new FeatureChanges()
        .set(FeatureField.TITLE, title)
        .set(FeatureField.PROJECT_ID, project)
        .set(FeatureField.STATUS, status)
        .set(FeatureField.PRIORITY, priority)
        .set(FeatureField.RESPONSIBLE_ID, responsible)
        .set(FeatureField.DESCRIPTION, "<p>" + title + " (sandbox demo data).</p>"));
    return uuid;
  }
}
