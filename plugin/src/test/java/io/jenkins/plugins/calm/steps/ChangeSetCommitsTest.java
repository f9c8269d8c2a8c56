package io.jenkins.plugins.calm.steps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeSetCommitsTest {

    /** Shaped like the git plugin's GitChangeSet: the title in getMsg(), the whole message in getComment(). */
    public static final class GitLikeEntry {
        private final String comment;

        GitLikeEntry(String comment) {
            this.comment = comment;
        }

        public String getComment() {
            return comment;
        }
    }

    public static final class OtherEntry {
        public int getComment() {
            return 42;
        }
    }

    @Test
    void theFullGitMessageIsReadSoThatLabelsInTheBodyAreFound() {
        String message = "Add credit check\n\nCloud-ALM-Feature: 6-123\n";
        assertThat(ChangeSetCommits.fullMessage(new GitLikeEntry(message), "Add credit check")).isEqualTo(message);
    }

    @Test
    void otherScmsKeepTheirMessage() {
        assertThat(ChangeSetCommits.fullMessage(new Object(), "svn message")).isEqualTo("svn message");
        assertThat(ChangeSetCommits.fullMessage(new OtherEntry(), "title")).isEqualTo("title");
        assertThat(ChangeSetCommits.fullMessage(new GitLikeEntry(null), "title")).isEqualTo("title");
    }
}
