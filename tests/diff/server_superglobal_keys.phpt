--TEST--
$_SERVER has REQUEST_TIME(_FLOAT), PHP_SELF, SCRIPT_NAME, SCRIPT_FILENAME and environment variables
--FILE--
<?php
var_dump(isset($_SERVER['REQUEST_TIME']), is_float($_SERVER['REQUEST_TIME_FLOAT'] ?? null), $_SERVER['PHP_SELF'] === $_SERVER['SCRIPT_NAME'], $_SERVER['SCRIPT_FILENAME'] === $argv[0], isset($_SERVER['PATH']));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
