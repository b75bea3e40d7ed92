--TEST--
buffers left open are flushed through their handlers, innermost first
--FILE--
<?php
ob_start(function ($b, $p) { return "outer(" . $b . ")[$p]\n"; });
echo "a";
ob_start(function ($b, $p) { return strtoupper($b); });
echo "b";
ob_start();
echo "c";
--EXPECT--
outer(aBC)[9]
