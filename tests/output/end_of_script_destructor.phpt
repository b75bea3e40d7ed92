--TEST--
destructors run before the open buffers are flushed
--FILE--
<?php
class D { function __destruct() { echo "destructed "; } }
$d = new D;
ob_start(fn($b) => "[" . $b . "]\n");
echo "body ";
--EXPECT--
[body destructed ]
