--TEST--
closures created in methods capture $this automatically
--FILE--
<?php
class Button {
    private $clicks = 0;
    public $label = "OK";
    public function handler() { return function ($n = 1) { $this->clicks += $n; return "{$this->label}: {$this->clicks}"; }; }
    public function arrow() { return fn() => $this->label . "!"; }
    public function staticOne() { return static function () { return isset($this) ? "has this" : "no this"; }; }
}
$b = new Button;
$h = $b->handler();
echo $h(), "\n";
echo $h(2), "\n";
$b->label = "Go";
echo $h(), "\n";
echo $b->arrow()(), "\n";
echo $b->staticOne()(), "\n";
--EXPECT--
OK: 1
OK: 3
Go: 4
Go!
no this
