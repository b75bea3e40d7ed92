--TEST--
finally blocks run while unwinding through several frames
--FILE--
<?php
function a() { try { b(); } finally { echo "finally a\n"; } }
function b() { try { c(); } finally { echo "finally b\n"; } }
function c() { throw new Exception("deep"); }
try { a(); } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
--EXPECT--
finally b
finally a
caught deep
