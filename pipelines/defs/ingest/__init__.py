"""Sources → crawl → archive → raw pages."""
