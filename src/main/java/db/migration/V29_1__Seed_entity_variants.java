package db.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seeds the gazetteer's names across alphabets from {@code db/seeds/entity-variants.json} (V29): each
 * a variant alias of its entity, with its script and the source of its spelling. The checksum covers
 * the file, so editing it after it was applied stops startup, as for the seed events.
 */
public class V29_1__Seed_entity_variants extends BaseJavaMigration {

    private static final String VARIANTS = "db/seeds/entity-variants.json";

    record Variant(String variant, String script, String source) {}

    record Entity(String slug, List<Variant> variants) {}

    record Variants(String note, List<Entity> entities) {}

    @Override
    public void migrate(Context context) throws Exception {
        String sql = """
                insert into entity_alias (entity_id, alias, variant, script, source)
                select id, ?, true, ?, ? from entity where slug = ?
                """;
        try (PreparedStatement insert = context.getConnection().prepareStatement(sql)) {
            for (Entity entity : seeds().entities()) {
                for (Variant variant : entity.variants()) {
                    insert.setString(1, variant.variant());
                    insert.setString(2, variant.script());
                    insert.setString(3, variant.source());
                    insert.setString(4, entity.slug());
                    if (insert.executeUpdate() != 1) {
                        throw new SQLException(VARIANTS + " names the unknown entity \"" + entity.slug() + "\"");
                    }
                }
            }
        }
    }

    @Override
    public Integer getChecksum() {
        return SeedFiles.checksum("The entity variants", List.of(VARIANTS));
    }

    private static Variants seeds() throws IOException {
        return new ObjectMapper().readValue(SeedFiles.read(VARIANTS), Variants.class);
    }
}
