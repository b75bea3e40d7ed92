--TEST--
a fatal error (E_USER_ERROR) does not run finally blocks
--FILE--
<?php
try {
    trigger_error("fatal now", E_USER_ERROR);
} finally {
    echo "never\n";
}
--EXPECTF--

Fatal error: fatal now in %s on line 3
