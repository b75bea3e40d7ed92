--TEST--
finally runs on return, throw and normal completion inside methods
--FILE--
<?php
class Tx {
    public $log = [];
    public function run($mode) {
        $this->log[] = "begin";
        try {
            if ($mode === 'throw') throw new RuntimeException("boom");
            if ($mode === 'return') return "returned";
            $this->log[] = "body done";
        } finally {
            $this->log[] = "finally";
        }
        return "normal";
    }
}
foreach (['normal', 'return', 'throw'] as $m) {
    $t = new Tx;
    try { echo $t->run($m), "\n"; } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
    echo implode(",", $t->log), "\n";
}
--EXPECT--
normal
begin,body done,finally
returned
begin,finally
caught boom
begin,finally
