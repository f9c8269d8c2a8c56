package io.jenkins.plugins.calm.sandbox;

import static io.jenkins.plugins.calm.sandbox.Api.FEATURES;
import static io.jenkins.plugins.calm.sandbox.Api.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.calm.sandbox.seed.DemoData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading features: the OData subset of reference §2 over the demo data (9 features, 2 projects). */
class FeatureQueryTest {
  private static CloudAlmSandbox sandbox;
  private static Api api;

  @BeforeAll
  static void start() throws Exception {
    sandbox = CloudAlmSandbox.builder().port(0).pageSize(4).start();
    api = new Api(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static List<String> displayIds(JsonNode collection) {
    List<String> ids = new ArrayList<>();
    collection.path("value").forEach(f -> ids.add(f.path("displayId").asText()));
    return ids;
  }

  private static JsonNode features(String query) {
    Api.Response response = api.get(FEATURES + "/Features" + query);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  @Test
  void filtersByDisplayIdWithQuotedString() {
    JsonNode result = features(q("$filter", "displayId eq '6-2'"));
    assertThat(displayIds(result)).containsExactly("6-2");
    assertThat(result.path("value").path(0).path("title").asText()).isEqualTo("Harmonise invoice layout");
  }

  @Test
  void filtersByUnquotedGuidsAndRejectsQuotedOnes() {
    String uuid = api.uuidOf("6-3");
    assertThat(displayIds(features(q("$filter", "uuid eq " + uuid)))).containsExactly("6-3");

    Api.Response quoted = api.get(FEATURES + "/Features" + q("$filter", "uuid eq '" + uuid + "'"));
    assertThat(quoted.status()).isEqualTo(400);
    assertThat(quoted.errorMessage()).contains("type mismatch", "without quotes");

    JsonNode extensions = features(q("$filter", "projectId eq " + DemoData.EXTENSIONS));
    assertThat(displayIds(extensions)).containsExactly("6-8", "6-9");
  }

  @Test
  void combinesEqNeAndOrIn() {
    assertThat(displayIds(features(q("$filter", "statusCode eq 'A20' and projectId ne " + DemoData.EXTENSIONS))))
        .containsExactly("6-1");
    assertThat(displayIds(features(q("$filter", "displayId eq '6-1' or displayId eq '6-7'"))))
        .containsExactly("6-1", "6-7");
    assertThat(displayIds(features(q("$filter", "statusCode in ('A10','A90') and (displayId eq '6-3' or displayId eq '6-4')"))))
        .containsExactly("6-3", "6-4");
    assertThat(displayIds(features(q("$filter", "not (statusCode ne 'A60')")))).containsExactly("6-7");
  }

  @Test
  void theProjectIdQueryParameterSelectsOneProject() {
    JsonNode result = features(q("projectId", DemoData.EXTENSIONS.toString(), "$count", "true"));
    assertThat(result.path("@count").asInt()).isEqualTo(2);
    assertThat(displayIds(result)).containsExactly("6-8", "6-9");
  }

  @Test
  void filtersByModifiedAtGreaterThan() {
    JsonNode six = features(q("$filter", "displayId eq '6-6'")).path("value").path(0);
    String modifiedAt = six.path("modifiedAt").asText();
    api.patch(FEATURES + "/Features/" + six.path("uuid").asText(), "{\"responsibleId\":\"pat@example.com\"}");
    JsonNode changed = features(q("$filter", "modifiedAt gt " + modifiedAt + " and displayId eq '6-6'"));
    assertThat(displayIds(changed)).containsExactly("6-6");

    Api.Response quoted = api.get(FEATURES + "/Features" + q("$filter", "modifiedAt gt '" + modifiedAt + "'"));
    assertThat(quoted.status()).isEqualTo(400);
  }

  @Test
  void countsAndPagesWithNextLinkUntilAllAreRead() {
    JsonNode first = features(q("$count", "true"));
    assertThat(first.path("@count").asInt()).isEqualTo(9);
    assertThat(first.path("value")).hasSize(4);
    List<String> all = new ArrayList<>(displayIds(first));
    JsonNode page = first;
    int pages = 1;
    while (page.has("@nextLink")) {
      String next = page.path("@nextLink").asText();
      assertThat(next).startsWith(sandbox.baseUrl() + FEATURES + "/Features?");
      page = api.get(next).json();
      all.addAll(displayIds(page));
      pages++;
    }
    assertThat(pages).isEqualTo(3);
    assertThat(all).containsExactly("6-1", "6-2", "6-3", "6-4", "6-5", "6-6", "6-7", "6-8", "6-9");
  }

  @Test
  void honoursTopSkipAndOrderBy() {
    assertThat(displayIds(features(q("$top", "2", "$skip", "3")))).containsExactly("6-4", "6-5");
    JsonNode top = features(q("$top", "6"));
    assertThat(top.path("value")).hasSize(4);
    JsonNode rest = api.get(top.path("@nextLink").asText()).json();
    assertThat(displayIds(rest)).containsExactly("6-5", "6-6");
    assertThat(rest.has("@nextLink")).isFalse();

    assertThat(displayIds(features(q("$orderby", "priorityCode desc,displayId asc", "$top", "3"))))
        .containsExactly("6-3", "6-4", "6-2");
    assertThat(displayIds(features(q("$orderby", "title", "$top", "1")))).containsExactly("6-1");
  }

  @Test
  void selectReturnsOnlyTheNamedProperties() {
    JsonNode feature = features(q("$select", "uuid,statusCode", "$top", "1")).path("value").path(0);
    List<String> names = new ArrayList<>();
    feature.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactlyInAnyOrder("uuid", "statusCode");
  }

  @Test
  void explainsInvalidQueries() {
    Api.Response unknownProperty = api.get(FEATURES + "/Features" + q("$filter", "colour eq 'red'"));
    assertThat(unknownProperty.status()).isEqualTo(400);
    assertThat(unknownProperty.errorMessage()).contains("colour", "displayId");
    assertThat(unknownProperty.json().path("error").path("code").asText()).isNotBlank();

    Api.Response unquotedString = api.get(FEATURES + "/Features" + q("$filter", "displayId eq 6-1"));
    assertThat(unquotedString.errorMessage()).contains("single quotes");

    Api.Response expand = api.get(FEATURES + "/Features" + q("$expand", "toTransports"));
    assertThat(expand.status()).isEqualTo(400);
    assertThat(expand.errorMessage()).contains("$expand");

    assertThat(api.get(FEATURES + "/Features" + q("$top", "-1")).status()).isEqualTo(400);
  }

  @Test
  void getsOneFeatureByKeySegmentAndByODataKeyForm() {
    String uuid = api.uuidOf("6-5");
    assertThat(api.get(FEATURES + "/Features/" + uuid).json().path("displayId").asText()).isEqualTo("6-5");
    assertThat(api.get(FEATURES + "/Features(" + uuid + ")").json().path("displayId").asText()).isEqualTo("6-5");

    Api.Response byDisplayId = api.get(FEATURES + "/Features/6-5");
    assertThat(byDisplayId.status()).isEqualTo(400);
    assertThat(byDisplayId.errorMessage()).contains("displayId eq");

    assertThat(api.get(FEATURES + "/Features/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
  }

  @Test
  void codeListsPairSyntheticCodesWithDisplayNames() {
    JsonNode statuses = api.get(FEATURES + "/FeatureStatus").json().path("value");
    assertThat(statuses).hasSize(7);
    statuses.forEach(s -> assertThat(s.path("code").asText()).isNotEqualTo(s.path("name").asText()));
    JsonNode priorities = api.get(FEATURES + "/FeaturePriorities").json().path("value");
    assertThat(priorities).hasSize(4);
    assertThat(priorities.path(0).path("code").isInt()).isTrue();
  }
}
