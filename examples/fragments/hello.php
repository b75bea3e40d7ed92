<?php
// The page examples/pagelet_seed.php fetches.
echo "Hello from a pagelet: ", $_SERVER['REQUEST_METHOD'], " ", $_SERVER['REQUEST_URI'];
if ($_POST) echo ", posted ", json_encode($_POST);
if (isset($_SERVER['HTTP_X_GREETING'])) echo ", X-Greeting: ", $_SERVER['HTTP_X_GREETING'];
echo "\n";
