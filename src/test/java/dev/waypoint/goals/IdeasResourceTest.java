package dev.waypoint.goals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.support.Persona;
import dev.waypoint.support.Session;
import dev.waypoint.support.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdeasResourceTest {

    private Session dave;

    @BeforeEach
    void signIn() {
        dave = SignIn.as(Persona.DAVE);
    }

    @Test
    void theCatalogueOpensWithAFewIdeasPerCategoryAndEachCategoryListsAllOfItsOwn() {
        Document page = dave.page("/ideas");

        assertThat(page.select(".idea-group > h2").eachText())
                .containsExactlyElementsOf(
                        Arrays.stream(Category.values()).map(Category::label).toList());
        assertThat(page.select(".idea-group"))
                .allSatisfy(group -> assertThat(group.select(".idea")).hasSizeBetween(1, 3));

        int listed = 0;
        List<org.jsoup.nodes.Element> ladders = new java.util.ArrayList<>();
        for (Category category : Category.values()) {
            var more = page.selectFirst(".idea-group a[href=/ideas?category=" + category.slug() + "]");
            Document all = dave.page("/ideas?category=" + category.slug());
            assertThat(all.select(".idea .badge.category").eachText()).containsOnly(category.label());
            if (more != null) {
                assertThat(more.text())
                        .isEqualTo("All " + all.select(".idea").size() + " ideas in " + category.label());
            }
            listed += all.select(".idea").size();
            ladders.addAll(all.select(".idea details .ladder"));
        }
        assertThat(listed).isGreaterThanOrEqualTo(80);
        assertThat(page.text()).contains(listed + " ideas in " + Category.values().length + " categories");
        assertThat(ladders).hasSizeGreaterThanOrEqualTo(10);
        assertThat(ladders.get(0).select("li").size()).isBetween(3, 5);
    }

    @Test
    void searchAndCategoryFilterAnswerHtmxWithJustTheResults() {
        Response results = dave.request()
                .header("HX-Request", "true")
                .queryParam("q", "talk")
                .queryParam("category", "communication-and-community")
                .get("/ideas");

        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.header("Vary")).contains("HX-Request");
        Document fragment = Jsoup.parseBodyFragment(results.asString());
        assertThat(fragment.select("title")).isEmpty();
        assertThat(fragment.select(".idea")).isNotEmpty().allSatisfy(idea -> {
            assertThat(idea.selectFirst(".badge.category").text()).isEqualTo("Communication and community");
            assertThat(idea.text().toLowerCase()).contains("talk");
        });

        Document none = Jsoup.parseBodyFragment(dave.request()
                .header("HX-Request", "true")
                .queryParam("q", "zzzz-no-such-idea")
                .get("/ideas")
                .asString());
        assertThat(none.text()).contains("0 ideas").contains("write your own goal");
    }

    @Test
    void adoptingAnIdeaCreatesAGoalWithItsLadderAsSteps() {
        Document catalogue = dave.page("/ideas");
        var withLadder = catalogue.select(".idea").stream()
                .filter(idea -> !idea.select(".ladder").isEmpty())
                .findFirst()
                .orElseThrow();
        String title = withLadder.selectFirst(".idea-title").text();
        var rungs = withLadder.select(".ladder li").eachText();
        String action = withLadder.selectFirst("form").attr("action");

        Response adopted = dave.form("/ideas").post(action);

        assertThat(adopted.statusCode()).isEqualTo(303);
        Document goal = dave.page(
                adopted.header("Location").replaceAll("^https?://[^/]+", "").replaceAll("#.*", ""));
        assertThat(goal.selectFirst("h1").text()).isEqualTo(title);
        assertThat(goal.select("#steps .step-title").eachText()).containsExactlyElementsOf(rungs);
        assertThat(goal.text()).contains("Adopted! Make it yours");
    }

    @Test
    void feelingStuckSuggestsAFewSmallIdeas() {
        Document stuck = dave.page("/ideas/stuck");

        assertThat(stuck.select(".idea")).hasSizeBetween(3, 4);
        assertThat(stuck.selectFirst("h1").text()).contains("Start small");
    }

    @Test
    void anUnknownIdeaCannotBeAdopted() {
        dave.form("/ideas").post("/ideas/999999/adopt").then().statusCode(404);
    }
}
