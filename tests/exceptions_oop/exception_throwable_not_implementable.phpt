--TEST--
user classes cannot implement Throwable directly
--FILE--
<?php
class MyThrowable implements Throwable {}
--EXPECTF--

Fatal error: Class MyThrowable cannot implement interface Throwable, extend Exception or Error instead in %s on line 2
