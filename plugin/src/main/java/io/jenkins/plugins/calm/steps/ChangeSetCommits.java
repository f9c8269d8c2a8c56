package io.jenkins.plugins.calm.steps;

import hudson.model.Run;
import hudson.scm.ChangeLogSet;
import io.jenkins.plugins.calm.core.steps.CommitMessage;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import jenkins.scm.RunWithSCM;

/** The commits of a build's change sets, with their full messages, for {@code Cloud-ALM-Feature:} labels. */
final class ChangeSetCommits {

    private ChangeSetCommits() {}

    static List<CommitMessage> of(Run<?, ?> run) {
        List<CommitMessage> commits = new ArrayList<>();
        if (run instanceof RunWithSCM<?, ?> withScm) {
            for (ChangeLogSet<? extends ChangeLogSet.Entry> changeSet : withScm.getChangeSets()) {
                for (ChangeLogSet.Entry entry : changeSet) {
                    String id = entry.getCommitId();
                    commits.add(new CommitMessage(id == null ? "(no ID)" : id, fullMessage(entry, entry.getMsg())));
                }
            }
        }
        return commits;
    }

    /**
     * The whole commit message. {@code ChangeLogSet.Entry.getMsg()} is only the first line for Git, where
     * the label sits in the body; the git plugin's entry has the whole message in {@code getComment()}. It is
     * read by name so that this plugin does not depend on the git plugin; other SCMs keep {@code getMsg()}.
     */
    static String fullMessage(Object entry, String fallback) {
        try {
            Method comment = entry.getClass().getMethod("getComment");
            if (comment.getReturnType() == String.class) {
                Object text = comment.invoke(entry);
                if (text != null) {
                    return (String) text;
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // not a Git entry, or one that cannot say: use the message the SCM API offers
        }
        return fallback;
    }
}
