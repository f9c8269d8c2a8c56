package io.jenkins.plugins.calm.sandbox;

import static io.jenkins.plugins.calm.sandbox.Api.FEATURES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.calm.sandbox.seed.DemoData;
import io.jenkins.plugins.calm.sandbox.seed.Seed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Concurrent writers and readers: no lost update, no duplicate display ID, no error. */
class ConcurrencyTest {

  @Test
  void concurrentCreatesGetDistinctDisplayIdsAndReadersSeeWholeEntities() throws Exception {
    int writers = 8;
    int perWriter = 25;
    ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).seed(Seed.DEMO).threads(8).start()) {
      Api api = new Api(sandbox);
      String token = api.token();
      String readUuid = api.uuidOf("6-1");
      List<Callable<List<String>>> jobs = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        jobs.add(() -> {
          List<String> ids = new ArrayList<>();
          for (int i = 0; i < perWriter; i++) {
            Api.Response created = api.call("POST", FEATURES + "/Features", "{\"title\":\"w" + writer + "-" + i
                + "\",\"projectId\":\"" + DemoData.EXTENSIONS + "\"}", token);
            assertThat(created.status()).isEqualTo(201);
            ids.add(created.json().path("displayId").asText());
            Api.Response read = api.call("GET", FEATURES + "/Features/" + readUuid, null, token);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().path("uuid").asText()).isEqualTo(readUuid);
          }
          return ids;
        });
      }
      Set<String> all = new HashSet<>();
      for (Future<List<String>> result : pool.invokeAll(jobs)) {
        all.addAll(result.get());
      }
      assertThat(all).hasSize(writers * perWriter);
      JsonNode listed = api.get(FEATURES + "/Features?projectId=" + DemoData.EXTENSIONS + "&$count=true&$top=1").json();
      assertThat(listed.path("@count").asInt()).isEqualTo(writers * perWriter + 2);
      assertThat(sandbox.events()).hasSize(writers * perWriter);
    } finally {
      pool.shutdownNow();
    }
  }
}
