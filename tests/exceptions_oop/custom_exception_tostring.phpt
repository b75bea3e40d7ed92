--TEST--
overriding __toString of an exception changes uncaught output
--FILE--
<?php
class PrettyException extends Exception {
    public function __toString(): string { return "Pretty: " . $this->getMessage(); }
}
try { throw new PrettyException("caught"); } catch (Exception $e) { echo $e, "\n"; }
throw new PrettyException("uncaught");
--EXPECTF--
Pretty: caught

Fatal error: Uncaught Pretty: uncaught
  thrown in %s on line 6
