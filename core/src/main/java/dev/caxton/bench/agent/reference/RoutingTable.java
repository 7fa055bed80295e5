package dev.caxton.bench.agent.reference;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Agents by id. Ids are issued in sequence, so the table is a directory of fixed-size chunks indexed
 * by {@code id >>> CHUNK_BITS}: a look-up is two array reads, a live agent costs one reference slot,
 * and a chunk whose ids have all been retired (stopped, or a spawn that failed) is dropped, so that
 * spawning and stopping agents forever does not grow the table beyond the directory's references.
 */
final class RoutingTable {
    private static final int CHUNK_BITS = 10;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    private static final int CHUNK_MASK = CHUNK_SIZE - 1;
    private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(Cell[].class);
    private static final VarHandle CHUNKS = MethodHandles.arrayElementVarHandle(Chunk[].class);
    private static final VarHandle RETIRED;

    static {
        try {
            RETIRED = MethodHandles.lookup().findVarHandle(Chunk.class, "retired", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final class Chunk {
        final Cell[] slots = new Cell[CHUNK_SIZE];
        volatile int retired;
    }

    private final AtomicLong lastId = new AtomicLong();
    private volatile Chunk[] directory = new Chunk[64];

    /** A new id; the caller must later {@link #put} it or {@link #retire} it. */
    long nextId() {
        long id = lastId.incrementAndGet();
        if ((id >>> CHUNK_BITS) > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("The reference runtime issued " + id
                    + " agent ids, its limit; create a new system");
        }
        return id;
    }

    void put(Cell cell) {
        SLOTS.setRelease(chunkFor(cell.id).slots, (int) (cell.id & CHUNK_MASK), cell);
    }

    Cell get(long id) {
        if (id <= 0) {
            return null;
        }
        long index = id >>> CHUNK_BITS;
        Chunk[] dir = directory;
        if (index >= dir.length) {
            return null;
        }
        Chunk chunk = (Chunk) CHUNKS.getAcquire(dir, (int) index);
        return chunk == null ? null : (Cell) SLOTS.getAcquire(chunk.slots, (int) (id & CHUNK_MASK));
    }

    /** Removes {@code cell} if it is still the one registered under its id, and retires the id. */
    void remove(Cell cell) {
        long id = cell.id;
        Chunk chunk = (Chunk) CHUNKS.getAcquire(directory, (int) (id >>> CHUNK_BITS));
        if (chunk != null && SLOTS.compareAndSet(chunk.slots, (int) (id & CHUNK_MASK), cell, null)) {
            retire(chunk, id);
        }
    }

    /** An id that will never be put (its spawn failed). */
    void retire(long id) {
        retire(chunkFor(id), id);
    }

    private void retire(Chunk chunk, long id) {
        if ((int) RETIRED.getAndAdd(chunk, 1) + 1 == CHUNK_SIZE) {
            synchronized (this) {
                CHUNKS.setRelease(directory, (int) (id >>> CHUNK_BITS), null);
            }
        }
    }

    /** Every live agent, for close. */
    List<Cell> snapshot() {
        List<Cell> cells = new ArrayList<>();
        for (Chunk chunk : directory) {
            if (chunk != null) {
                for (int i = 0; i < CHUNK_SIZE; i++) {
                    Cell c = (Cell) SLOTS.getAcquire(chunk.slots, i);
                    if (c != null) {
                        cells.add(c);
                    }
                }
            }
        }
        return cells;
    }

    private Chunk chunkFor(long id) {
        int index = (int) (id >>> CHUNK_BITS);
        Chunk[] dir = directory;
        if (index < dir.length) {
            Chunk chunk = (Chunk) CHUNKS.getAcquire(dir, index);
            if (chunk != null) {
                return chunk;
            }
        }
        synchronized (this) {
            dir = directory;
            if (index >= dir.length) {
                Chunk[] bigger = new Chunk[Math.max(index + 1, dir.length * 2)];
                System.arraycopy(dir, 0, bigger, 0, dir.length);
                directory = bigger;
                dir = bigger;
            }
            Chunk chunk = (Chunk) CHUNKS.getAcquire(dir, index);
            if (chunk == null) {
                chunk = new Chunk();
                if (index == 0) {
                    chunk.retired = 1; // id 0 is never issued
                }
                CHUNKS.setRelease(dir, index, chunk);
            }
            return chunk;
        }
    }
}
