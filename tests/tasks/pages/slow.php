<?php
// ?ms=N: sleep N milliseconds, then answer
$ms = (int)($_GET['ms'] ?? 0);
usleep($ms * 1000);
header('X-Slept: ' . $ms);
echo "slept $ms ms";
