import { describe, expect, it } from 'vitest';
import { parseFormBody } from '../../../testbed/http/form-body.ts';

describe('parseFormBody', () => {
  it('reads urlencoded forms, the last of a repeated name winning as in PHP', () => {
    expect([...parseFormBody('application/x-www-form-urlencoded', 'q1%3A1_%3Aflagged=0&q1%3A1_%3Aflagged=1&a=b+c')]).toEqual([['q1:1_:flagged', '1'], ['a', 'b c']]);
  });
  it('reads multipart forms as the browser sends the quiz form', () => {
    const body = ['--XyZ', 'Content-Disposition: form-data; name="attempt"', '', '9', '--XyZ', 'Content-Disposition: form-data; name="q9:3_answer"', '', 'two\r\nlines', '--XyZ--', ''].join('\r\n');
    expect([...parseFormBody('multipart/form-data; boundary=XyZ', body)]).toEqual([['attempt', '9'], ['q9:3_answer', 'two\r\nlines']]);
  });
});
