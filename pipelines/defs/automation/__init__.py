"""The nightly job, its schedule and the sensors."""
