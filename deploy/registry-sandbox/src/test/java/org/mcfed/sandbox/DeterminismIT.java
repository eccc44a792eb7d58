package org.mcfed.sandbox;

import org.junit.jupiter.api.Test;
import org.mcfed.sandbox.truth.TruthJson;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The same seed and scale give byte-identical pages (and the same after the same ticks); another seed gives others. */
class DeterminismIT {

    static List<String> urls(RegistrySandbox sb, long pick) {
        List<String> out = new ArrayList<>();
        for (String s : sb.sources()) {
            out.add(sb.site(s).entryPage());
        }
        out.add("/nzqa/micro-credentials/register?page=23");
        out.add("/mqa/mqr/english/eakrmc.cfm?StartRow=501");
        out.add("/microcred-seeker/courses?page=9");
        out.add("/hkqr/HKQRPRD/web/hkqr-en/search/result?page=40&maxCredit=59");
        out.add("/hkqr/HKQRPRD/web/hkqr-en/search/result?page=2&maxCredit=59&status=archived");
        out.add("/col-feed/col/v1/records?limit=1000");
        out.add("/col-feed/oai?verb=ListRecords&metadataPrefix=col");
        out.add("/col-feed/oai?verb=ListRecords&metadataPrefix=oai_dc&set=country:SG");
        out.add("/col-feed/oai?verb=Identify");
        out.add("/_sandbox/concepts");
        SplittableRandom rnd = new SplittableRandom(pick);
        for (String s : sb.sources()) {
            var live = sb.truth().source(s).live();
            for (int i = 0; i < 40; i++) {
                String id = live.get(rnd.nextInt(live.size())).id();
                out.add(ConditionalGetIT.detailPath(sb, s, id));
            }
        }
        var hk = sb.truth().source("hkqr").live();
        for (int i = 0; i < 20; i++) {
            String en = ConditionalGetIT.detailPath(sb, "hkqr", hk.get(rnd.nextInt(hk.size())).id());
            out.add(en.replace("hkqr-en", "hkqr-tc"));
            out.add(en.replace("hkqr-en", "hkqr-sc"));
        }
        var mq = sb.truth().source("mqa").live();
        for (int i = 0; i < 20; i++) {
            out.add(ConditionalGetIT.detailPath(sb, "mqa", mq.get(rnd.nextInt(mq.size())).id()).replace("/mqr/english/", "/mqr/"));
        }
        return out;
    }

    @Test
    void sameSeedAndScaleServeByteIdenticalPagesAndTruth() {
        try (RegistrySandbox a = RegistrySandbox.builder().seed(42).scale(1.0).port(0).build().start();
             RegistrySandbox b = RegistrySandbox.builder().seed(42).scale(1.0).port(0).build().start();
             RegistrySandbox c = RegistrySandbox.builder().seed(43).scale(1.0).port(0).build().start()) {
            for (int round = 0; round < 2; round++) {
                List<String> urls = urls(a, round);
                assertThat(urls).isEqualTo(urls(b, round));
                int differentFromOtherSeed = 0;
                for (String u : urls) {
                    var ra = Http.get(URI.create(a.baseUri() + u));
                    var rb = Http.get(URI.create(b.baseUri() + u));
                    assertThat(ra.statusCode()).as(u).isEqualTo(200);
                    assertThat(rb.body()).as(u).isEqualTo(ra.body());
                    assertThat(rb.headers().firstValue("ETag")).isEqualTo(ra.headers().firstValue("ETag"));
                    var rc = Http.get(URI.create(c.baseUri() + u));
                    if (rc.statusCode() != 200 || !java.util.Arrays.equals(rc.body(), ra.body())) {
                        differentFromOtherSeed++;
                    }
                }
                assertThat(differentFromOtherSeed).as("pages differing under another seed").isGreaterThan(urls.size() * 9 / 10);
                assertThat(TruthJson.write(b.truth())).isEqualTo(TruthJson.write(a.truth()));
                a.tick(0.02, 0.01, 0.01);
                b.tick(0.02, 0.01, 0.01);
            }
        }
    }
}
