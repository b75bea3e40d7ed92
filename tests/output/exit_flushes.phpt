--TEST--
exit() still flushes open buffers through their handlers
--FILE--
<?php
ob_start(fn($b) => "<" . $b . ">\n");
echo "before exit";
exit(0);
--EXPECT--
<before exit>
