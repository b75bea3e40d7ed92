<?php
echo "a/b.php: SCRIPT_NAME=", $_SERVER['SCRIPT_NAME'], " PATH_INFO=", $_SERVER['PATH_INFO'] ?? '(none)', " PHP_SELF=", $_SERVER['PHP_SELF'], "\n";
