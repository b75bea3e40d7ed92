--TEST--
putenv with an empty name throws ValueError
--FILE--
<?php
try { putenv("=x"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { putenv(""); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
putenv(): Argument #1 ($assignment) must have a valid syntax
putenv(): Argument #1 ($assignment) must have a valid syntax
