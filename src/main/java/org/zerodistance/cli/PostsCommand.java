package org.zerodistance.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.PostClaim;
import org.zerodistance.domain.ServicePost;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code posts list --community NAME [--json]}. */
@Command(name = "posts", description = "Service posts.", subcommands = PostsCommand.ListCommand.class)
public final class PostsCommand {

    @ParentCommand
    ZeroDistanceCommand root;

    @Command(name = "list", description = "List a community's service posts with the members holding them.")
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        PostsCommand parent;

        @Option(names = "--community", required = true, paramLabel = "NAME", description = "The community, e.g. 城东社区.")
        String community;

        @Option(names = "--all", description = "Include withdrawn (archived) posts.")
        boolean all;

        @Option(names = "--json", description = "Print a JSON array of {id, name, category, description, peopleNeeded, "
                + "openPlaces, archived, holders: [{memberId, name, claimedDate, commitmentDate}]}.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            CliSession session = parent.root.session();
            Services services = session.services();
            Community found = services.communities().byName(community);
            List<ServicePost> posts = services.posts().list(found.id(), all);
            if (json) {
                session.out().println(Json.write(posts.stream()
                        .map(p -> toJson(p, services.posts().claims(p.id()))).toList()));
                return Cli.OK;
            }
            if (posts.isEmpty()) {
                session.out().println(Messages.get("cli.posts.empty", found.name()));
            }
            for (ServicePost p : posts) {
                List<String> holders = services.posts().claims(p.id()).stream().filter(PostClaim::active)
                        .map(c -> c.member().name()).toList();
                session.out().println(Messages.get("cli.posts.row", p.name(), p.category(), holders.size(), p.peopleNeeded(),
                        holders.isEmpty() ? "-" : String.join("、", holders))
                        + (p.archived() ? " " + Messages.get("post.archivedMark") : ""));
            }
            return Cli.OK;
        }

        private static Map<String, Object> toJson(ServicePost p, List<PostClaim> claims) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", p.id());
            row.put("name", p.name());
            row.put("category", p.category());
            row.put("description", p.description());
            row.put("peopleNeeded", p.peopleNeeded());
            row.put("openPlaces", p.openPlaces());
            row.put("archived", p.archived());
            row.put("holders", claims.stream().filter(PostClaim::active).map(c -> {
                Map<String, Object> holder = new LinkedHashMap<>();
                holder.put("memberId", c.member().id());
                holder.put("name", c.member().name());
                holder.put("claimedDate", c.claimedDate());
                holder.put("commitmentDate", c.commitmentDate());
                return holder;
            }).toList());
            return row;
        }
    }
}
