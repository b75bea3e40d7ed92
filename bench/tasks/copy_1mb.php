<?php
// Deep copy of a 1 MB nested array into another VM. Under minphp: an xbox
// round trip with that array as the message, minus the round trip of an
// empty message. Under php: unserialize(serialize($a)). Prints ms per copy.
$a = [];
for ($i = 0; $i < 6000; $i++) {
    $a["user$i"] = ['id' => $i, 'name' => "Name number $i", 'score' => $i / 7,
                    'tags' => ['a', 'b', "t$i"], 'active' => $i % 2 == 0, 'meta' => ['x' => $i, 'y' => null]];
}
$bytes = strlen(serialize($a));
$reps = 30;
function xbox_process_message($m) { return count($m); }
if (function_exists('xbox_task_start')) {
    $time = function ($msg) use ($reps) {
        $best = INF;
        for ($r = 0; $r < $reps; $r++) {
            $t0 = hrtime(true);
            xbox_task_result(xbox_task_start($msg), 0, $ret);
            $best = min($best, (hrtime(true) - $t0) / 1e6);
        }
        return $best;
    };
    $base = $time(0);
    $ms = $time($a) - $base;
    $how = "xbox copy (round trip minus empty round trip)";
} else {
    $ms = INF;
    for ($r = 0; $r < $reps; $r++) {
        $t0 = hrtime(true);
        $b = unserialize(serialize($a));
        $ms = min($ms, (hrtime(true) - $t0) / 1e6);
    }
    $how = "unserialize(serialize())";
}
printf("copy_1mb  %.3f ms  %s of %d KB (serialized)\n", $ms, $how, $bytes >> 10);
