"""Hosts crawled at once keep each host's delay, Crawl-delay and one request in
flight (the benchmark's loopback hosts, small; figures: benchmarks/bench_hosts.py)."""
from benchmarks.bench_hosts import run


def test_hosts_at_once_each_politely():
    figures = run(hosts=8, pages=4, delay=0.2, workers=8)
    assert figures["articles"] == 8 * 3 and figures["errors"] == 0
    assert figures["most_in_flight_per_host"] == 1
    assert figures["min_margin_over_delay_s"] >= 0, figures["closest_host"]
    # 8 hosts one after the other would wait out every delay in turn.
    assert figures["wall_s"] < figures["sequential_by_delays_s"] / 3
