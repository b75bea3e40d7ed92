<?php
// One fragment of examples/pagelet_page.php, rendered by a pagelet:
// ?title=...&ms=... (the milliseconds stand for a slow data source).
$title = htmlspecialchars($_GET['title'] ?? 'untitled');
usleep((int)($_GET['ms'] ?? 0) * 1000);
header('X-Fragment: ' . $title);
echo "<section><h2>$title</h2><p>rendered by ", $_SERVER['THREAD_TYPE'], " for ", $_SERVER['REQUEST_URI'], "</p></section>\n";
