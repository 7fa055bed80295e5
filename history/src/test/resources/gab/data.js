window.BENCHMARK_DATA = {
  "lastUpdate": 1732000000000,
  "repoUrl": "https://github.com/example/agents",
  "entries": {
    "Rust Benchmark": [
      {
        "commit": {
          "author": {"email": "dev@example.com", "name": "Dev", "username": "dev"},
          "committer": {"email": "dev@example.com", "name": "Dev", "username": "dev"},
          "distinct": true,
          "id": "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567",
          "message": "Faster routing",
          "timestamp": "2024-11-18T10:00:00+01:00",
          "tree_id": "ffffffffffffffffffffffffffffffffffffffff",
          "url": "https://github.com/example/agents/commit/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567"
        },
        "date": 1731920400000,
        "tool": "cargo",
        "benches": [
          {"name": "route_message", "value": 1234, "range": "± 56", "unit": "ns/iter"},
          {"name": "spawn_agent", "value": 98765, "range": "± 1234", "unit": "ns/iter"}
        ]
      },
      {
        "commit": {
          "id": "1b2c3d4e5f60718293a4b5c6d7e8f9012345678a",
          "message": "Slower spawn",
          "timestamp": "2024-11-19T10:00:00+01:00",
          "url": "https://github.com/example/agents/commit/1b2c3d4e"
        },
        "date": 1732006800000,
        "tool": "cargo",
        "benches": [
          {"name": "route_message", "value": 1200, "range": "± 50", "unit": "ns/iter"},
          {"name": "spawn_agent", "value": 120000, "range": "± 2000", "unit": "ns/iter"}
        ]
      }
    ],
    "Throughput": [
      {
        "commit": {"id": "1b2c3d4e5f60718293a4b5c6d7e8f9012345678a", "timestamp": "2024-11-19T10:00:00+01:00"},
        "date": 1732006860000,
        "tool": "customBiggerIsBetter",
        "benches": [
          {"name": "messages", "value": 250000.5, "unit": "msg/s", "extra": "100 agents"},
          {"name": "healthy agents", "value": 99.5, "unit": "percent"}
        ]
      },
      {
        "commit": {"id": "2c3d4e5f60718293a4b5c6d7e8f9012345678a1b", "timestamp": "2024-11-20T10:00:00+01:00"},
        "date": 1732093200000,
        "tool": "customSmallerIsBetter",
        "benches": [
          {"name": "heap", "value": 52428800, "unit": "bytes"}
        ]
      }
    ],
    "Python": [
      {
        "commit": {"id": "3d4e5f60718293a4b5c6d7e8f9012345678a1b2c", "timestamp": "2024-11-20T11:00:00+01:00"},
        "date": 1732096800000,
        "tool": "pytest",
        "benches": [
          {"name": "test_parse", "value": 4321.5, "unit": "iter/sec", "range": "stddev: 0.00001", "extra": "mean: 231 usec"}
        ]
      }
    ]
  }
};
