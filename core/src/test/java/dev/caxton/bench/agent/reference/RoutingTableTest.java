package dev.caxton.bench.agent.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.caxton.bench.agent.AgentContext;
import dev.caxton.bench.agent.AgentSpec;

class RoutingTableTest {
    private final RoutingTable table = new RoutingTable();
    private final AgentSpec spec = AgentSpec.of(() -> (Object message, AgentContext context) -> { });

    private Cell put() {
        Cell cell = new Cell(table.nextId(), null, spec, null);
        table.put(cell);
        return cell;
    }

    @Test
    void findsCellsAcrossChunksAndForgetsRemovedOnes() {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            cells.add(put());
        }
        for (Cell c : cells) {
            assertThat(table.get(c.id)).isSameAs(c);
        }
        table.remove(cells.get(1234));
        assertThat(table.get(cells.get(1234).id)).isNull();
        assertThat(table.get(cells.get(1235).id)).isSameAs(cells.get(1235));
        assertThat(table.get(0)).isNull();
        assertThat(table.get(-7)).isNull();
        assertThat(table.get(1L << 40)).isNull();
    }

    @Test
    void removingACellTwiceRetiresItsIdOnce() {
        Cell a = put();
        Cell b = put();
        table.remove(a);
        table.remove(a);
        assertThat(table.get(b.id)).isSameAs(b);
        assertThat(table.snapshot()).containsExactly(b);
    }

    @Test
    void chunksWhoseIdsAreAllRetiredAreDroppedAndIdsKeepWorking() {
        for (int round = 0; round < 5; round++) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                cells.add(put());
            }
            long failedSpawn = table.nextId();
            table.retire(failedSpawn);
            cells.forEach(table::remove);
            assertThat(table.snapshot()).isEmpty();
        }
        Cell last = put();
        assertThat(table.get(last.id)).isSameAs(last);
        assertThat(table.snapshot()).containsExactly(last);
    }
}
