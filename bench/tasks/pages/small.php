<?php
// A small page: the pagelet round-trip benchmark fetches it.
header('X-Bench: 1');
echo "<p>hello ", htmlspecialchars($_GET['name'] ?? 'world'), "</p>\n";
