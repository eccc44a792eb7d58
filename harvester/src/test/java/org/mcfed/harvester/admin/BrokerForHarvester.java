package org.mcfed.harvester.admin;

import org.mcfed.kafka.KafkaBrokerResource;

import java.util.Map;

/**
 * The shared in-process broker resource, minus its Camel Kafka component setting: the harvester
 * produces with the plain Kafka client, and Camel refuses to configure a component it does not have.
 */
public class BrokerForHarvester extends KafkaBrokerResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> all = super.start();
        return Map.of("mcfed.kafka.bootstrap", all.get("mcfed.kafka.bootstrap"));
    }
}
