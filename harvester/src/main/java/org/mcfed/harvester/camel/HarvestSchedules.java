package org.mcfed.harvester.camel;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.camel.ProducerTemplate;
import org.jboss.logging.Logger;
import org.mcfed.harvester.app.HarvesterRuntime;
import org.mcfed.harvester.config.HarvestSource;
import org.mcfed.harvester.config.Schedule;
import org.mcfed.harvester.run.Trigger;

/**
 * Fires each enabled source's route on its schedule (cron or interval, Quarkus scheduler; a
 * {@code manual} source only runs when an operator asks). Overlapping fires are skipped: a source
 * never runs twice at once.
 */
@ApplicationScoped
public class HarvestSchedules {

    private static final Logger LOG = Logger.getLogger(HarvestSchedules.class);

    @Inject
    HarvesterRuntime runtime;

    @Inject
    Scheduler scheduler;

    @Inject
    ProducerTemplate routes;

    void onStart(@Observes StartupEvent event) {
        for (HarvestSource s : runtime.sources()) {
            Schedule schedule = Schedule.parse(s.schedule());
            if (!s.enabled() || schedule.kind() == Schedule.Kind.MANUAL) {
                continue;
            }
            var job = scheduler.newJob("harvest-" + s.name())
                    .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                    .setTask(execution -> routes.sendBodyAndHeader(HarvestRoutes.runEndpoint(s.name()), null,
                            HarvestRoutes.TRIGGER, Trigger.SCHEDULE));
            if (schedule.kind() == Schedule.Kind.CRON) {
                job.setCron(schedule.cron());
            } else {
                job.setInterval(schedule.interval().toSeconds() + "s").setDelayed("5s");
            }
            job.schedule();
            LOG.infof("harvest %s scheduled: %s", s.name(), s.schedule());
        }
    }
}
