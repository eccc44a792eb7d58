package org.mcfed.index.limits;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.mcfed.index.validate.ClientRateLimit;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Bounds what one client may read in bulk ({@link BulkReadConfig}): COL feed pages and OAI-PMH
 * requests by a token bucket per client address, exports by a bucket per client and by a number of
 * exports streaming at once. Beyond a limit the answer is a 429 with {@code Retry-After} and a JSON
 * body saying which limit and when to come back. Runs before the resources, so a refused request
 * costs nothing.
 */
@ApplicationScoped
public class BulkReadLimits {

    private static final Logger LOG = Logger.getLogger(BulkReadLimits.class);

    @Inject
    BulkReadConfig config;

    private ClientRateLimit pages;
    private ClientRateLimit exports;
    private ExportSlots exportSlots;

    void install(@Observes Router router) {
        pages = new ClientRateLimit(config.pageBurst(), config.pageRefill(), config.clients(), System::nanoTime);
        exports = new ClientRateLimit(config.exportBurst(), config.exportRefill(), config.clients(), System::nanoTime);
        exportSlots = new ExportSlots(config.exportConcurrency());
        router.route("/col/v1/records").order(Integer.MIN_VALUE + 2).handler(rc -> paced(rc, pages, "feed pages and OAI-PMH requests"));
        router.route("/oai").order(Integer.MIN_VALUE + 2).handler(rc -> paced(rc, pages, "feed pages and OAI-PMH requests"));
        router.route("/api/export").order(Integer.MIN_VALUE + 2).handler(this::export);
    }

    private void paced(RoutingContext rc, ClientRateLimit limit, String what) {
        OptionalLong wait = limit.take(ClientAddress.of(rc));
        if (wait.isPresent()) {
            TooManyRequests.answer(rc, wait.getAsLong(), "too many " + what + " from this address; try again in " + wait.getAsLong() + " s");
            return;
        }
        rc.next();
    }

    private void export(RoutingContext rc) {
        String client = ClientAddress.of(rc);
        OptionalLong wait = exports.take(client);
        if (wait.isPresent()) {
            TooManyRequests.answer(rc, wait.getAsLong(), "too many exports from this address; try again in " + wait.getAsLong()
                    + " s (an export holds every record: download it once and follow /col/v1/records?since= for changes)");
            return;
        }
        Optional<ExportSlots.Slot> slot = exportSlots.take();
        if (slot.isEmpty()) {
            long retry = Math.max(1, config.exportRetryAfter().toSeconds());
            LOG.infof("export refused: all %d export slots are streaming (client %s)", config.exportConcurrency(), client);
            TooManyRequests.answer(rc, retry, "every export slot is busy (" + config.exportConcurrency()
                    + " exports stream at once); try again in " + retry + " s");
            return;
        }
        rc.addEndHandler(ended -> slot.get().giveBack());
        rc.next();
    }
}
