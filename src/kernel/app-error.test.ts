import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.ts';

describe('AppError', () => {
  it('takes its status from the code unless one is given', () => {
    expect(new AppError('NOT_FOUND', 'x').status).toBe(404);
    expect(new AppError('VALIDATION_FAILED', 'x').statusCode).toBe(422);
    expect(new AppError('BAD_REQUEST', 'x', { status: 405 }).status).toBe(405);
  });

  it('names the field a message is about, and only when given', () => {
    const withField = new AppError('VALIDATION_FAILED', 'Too long.', { field: 'title' });
    expect(withField.field).toBe('title');
    expect(new AppError('CONFLICT', 'x').field).toBeUndefined();
  });
});
